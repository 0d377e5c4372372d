import Link from "next/link";
import styles from "./List.module.css";

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

// Pairs in two columns: opening hours and their times, dishes and their prices, terms and their meaning.
export default function List({ heading, text, items = [], button }: Props) {
  if (!heading && !text && items.length === 0 && !button) return null;
  const id = heading ? "list-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
  return (
    <section aria-labelledby={id} className={styles.section}>
      <div className={`${styles.inner} ${styles.narrow}`}>
        {heading ? (
          <h2 id={id} className={styles.heading}>
            {heading}
          </h2>
        ) : null}
        {text ? <p className={styles.intro}>{text}</p> : null}
        {items.length > 0 ? (
          <dl className={styles.rows}>
            {items.map((item, index) => (
              <div key={index} className={styles.row}>
                <dt className={styles.term}>{item.title}</dt>
                <dd className={styles.value}>{item.text}</dd>
              </div>
            ))}
          </dl>
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
