import Link from "next/link";
import styles from "./Text.module.css";

interface Props {
  heading?: string;
  text?: string;
  button?: { label: string; href: string };
}

// Routes inside the site go through next/link (client-side navigation); anything else is a plain link.
function isInternal(href: string) {
  return href.startsWith("/") && !href.startsWith("//");
}

// Prose: a blank line in the text starts a new paragraph, a single line break stays a line break.
export default function Text({ heading, text = "", button }: Props) {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== "");
  if (!heading && paragraphs.length === 0 && !button) return null;
  const id = heading ? "text-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
  return (
    <section aria-labelledby={id} className={styles.section}>
      <div className={`${styles.inner} ${styles.narrow}`}>
        {heading ? (
          <h2 id={id} className={styles.heading}>
            {heading}
          </h2>
        ) : null}
        {paragraphs.length > 0 ? (
          <div className={styles.prose}>
            {paragraphs.map((paragraph, index) => (
              <p key={index} className={styles.paragraph}>
                {paragraph.trim()}
              </p>
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
