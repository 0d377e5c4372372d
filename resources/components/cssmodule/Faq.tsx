import Link from "next/link";
import styles from "./Faq.module.css";

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

// Questions open and close with <details>: no script, keyboard and screen-reader friendly.
export default function Faq({ heading, text, items = [], button }: Props) {
  if (!heading && !text && items.length === 0 && !button) return null;
  const id = heading ? "faq-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
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
          <div className={styles.questions}>
            {items.map((item, index) => (
              <details key={index} className={styles.question}>
                <summary className={styles.summary}>{item.title}</summary>
                {item.text ? <p className={styles.answer}>{item.text}</p> : null}
              </details>
            ))}
          </div>
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
