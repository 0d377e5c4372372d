import Link from "next/link";
import styles from "./Team.module.css";

interface Item {
  title: string;
  text: string;
}

interface Props {
  heading?: string;
  text?: string;
  items?: Item[];
  button?: { label: string; href: string };
}

// Routes inside the site go through next/link (client-side navigation); anything else is a plain link.
function isInternal(href: string) {
  return href.startsWith("/") && !href.startsWith("//");
}

// The first letter of a name, whole even when it is outside the Basic Multilingual Plane.
function initial(name: string) {
  return (Array.from(name.trim())[0] || "").toUpperCase();
}

// Each item is a person: the title is the name, the text the role or a short bio.
export default function Team({ heading, text, items = [], button }: Props) {
  if (!heading && !text && items.length === 0 && !button) return null;
  const id = heading ? "team-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
  return (
    <section aria-labelledby={id} className={styles.section}>
      <div className={styles.inner}>
        {heading ? (
          <h2 id={id} className={styles.heading}>
            {heading}
          </h2>
        ) : null}
        {text ? <p className={styles.intro}>{text}</p> : null}
        {items.length > 0 ? (
          <ul className={styles.grid}>
            {items.map((item, index) => (
              <li key={index} className={styles.person}>
                <span aria-hidden="true" className={styles.avatar}>
                  {initial(item.title)}
                </span>
                <div>
                  {item.title ? <h3 className={styles.name}>{item.title}</h3> : null}
                  {item.text ? <p className={styles.role}>{item.text}</p> : null}
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        {button ? (
          <div className={styles.actions}>
            {isInternal(button.href) ? (
              <Link href={button.href} className={styles.button}>
                {button.label}
              </Link>
            ) : (
              <a href={button.href} className={styles.button}>
                {button.label}
              </a>
            )}
          </div>
        ) : null}
      </div>
    </section>
  );
}
