import Link from "next/link";
import styles from "./Cta.module.css";

interface Props {
  heading?: string;
  text?: string;
  button?: { label: string; href: string };
}

// Routes inside the site go through next/link (client-side navigation); anything else is a plain link.
function isInternal(href: string) {
  return href.startsWith("/") && !href.startsWith("//");
}

// A call to action: a short heading, a line of text and one button, on a tinted panel.
export default function Cta({ heading, text, button }: Props) {
  if (!heading && !text && !button) return null;
  const id = heading ? "cta-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
  return (
    <section aria-labelledby={id} className={styles.section}>
      <div className={styles.inner}>
        <div className={styles.panel}>
          {heading ? (
            <h2 id={id} className={styles.heading}>
              {heading}
            </h2>
          ) : null}
          {text ? <p className={styles.intro}>{text}</p> : null}
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
      </div>
    </section>
  );
}
