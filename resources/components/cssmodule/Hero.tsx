import Link from "next/link";
import styles from "./Hero.module.css";

interface Props {
  heading?: string;
  text?: string;
  button?: { label: string; href: string };
}

// Routes inside the site go through next/link (client-side navigation); anything else is a plain link.
function isInternal(href: string) {
  return href.startsWith("/") && !href.startsWith("//");
}

// The page keeps its own <h1>; a hero is the first, largest section heading.
export default function Hero({ heading, text, button }: Props) {
  if (!heading && !text && !button) return null;
  const id = heading ? "hero-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
  return (
    <section aria-labelledby={id} className={styles.section}>
      <div className={`${styles.inner} ${styles.centered}`}>
        {heading ? (
          <h2 id={id} className={styles.title}>
            {heading}
          </h2>
        ) : null}
        {text ? <p className={styles.lead}>{text}</p> : null}
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
