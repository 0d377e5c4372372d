import Link from "next/link";
import styles from "./Contact.module.css";

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

// An e-mail address or a phone number becomes a link visitors can tap; anything else stays text.
function contactHref(value: string) {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return "mailto:" + value;
  if (/^\+?[\d\s().-]{6,}$/.test(value)) return "tel:" + value.replace(/[^\d+]/g, "");
  return undefined;
}

// Each item is one way to reach you: its title is the label (Email, Phone, Address), its text the value.
export default function Contact({ heading, text, items = [], button }: Props) {
  if (!heading && !text && items.length === 0 && !button) return null;
  const id = heading ? "contact-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
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
          <dl className={styles.details}>
            {items.map((item, index) => {
              const href = contactHref(item.text);
              return (
                <div key={index} className={styles.detail}>
                  <dt className={styles.label}>{item.title}</dt>
                  <dd className={styles.value}>{href ? <a href={href}>{item.text}</a> : item.text}</dd>
                </div>
              );
            })}
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
