import Link from "next/link";
import styles from "./ImageText.module.css";

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

// Text beside a picture. The panel is decorative (hidden from screen readers): swap it for an
// <Image> from next/image when you have one.
export default function ImageText({ heading, text, items = [], button }: Props) {
  if (!heading && !text && items.length === 0 && !button) return null;
  const id = heading ? "image-text-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
  return (
    <section aria-labelledby={id} className={styles.section}>
      <div className={`${styles.inner} ${styles.frame}`}>
        <div className={styles.split}>
          <div className={styles.body}>
            {heading ? (
              <h2 id={id} className={styles.heading}>
                {heading}
              </h2>
            ) : null}
            {text ? <p className={styles.intro}>{text}</p> : null}
            {items.length > 0 ? (
              <ul className={styles.points}>
                {items.map((item, index) => (
                  <li key={index} className={styles.point}>
                    <span aria-hidden="true">✓</span>
                    <span>
                      {item.title ? <strong>{item.title}</strong> : null}
                      {item.title && item.text ? " " : null}
                      <span className={styles.muted}>{item.text}</span>
                    </span>
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
          <div aria-hidden="true" className={styles.picture} />
        </div>
      </div>
    </section>
  );
}
