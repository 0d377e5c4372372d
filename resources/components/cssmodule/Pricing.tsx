import Link from "next/link";
import styles from "./Pricing.module.css";

interface Tier {
  name: string;
  price: string;
  features: string[];
  highlighted?: boolean;
}

interface Props {
  heading?: string;
  text?: string;
  tiers?: Tier[];
  button?: { label: string; href: string };
}

// Routes inside the site go through next/link (client-side navigation); anything else is a plain link.
function isInternal(href: string) {
  return href.startsWith("/") && !href.startsWith("//");
}

export default function Pricing({ heading, text, tiers = [], button }: Props) {
  if (!heading && !text && tiers.length === 0 && !button) return null;
  const id = heading ? "pricing-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
  return (
    <section aria-labelledby={id} className={styles.section}>
      <div className={styles.inner}>
        {heading ? (
          <h2 id={id} className={styles.heading}>
            {heading}
          </h2>
        ) : null}
        {text ? <p className={styles.intro}>{text}</p> : null}
        {tiers.length > 0 ? (
          <ul className={styles.grid}>
            {tiers.map((tier, index) => (
              <li key={index} className={tier.highlighted ? `${styles.tier} ${styles.highlighted}` : styles.tier}>
                <h3 className={styles.name}>{tier.name}</h3>
                {tier.price ? <p className={styles.price}>{tier.price}</p> : null}
                {tier.features.length > 0 ? (
                  <ul className={styles.features}>
                    {tier.features.map((feature, position) => (
                      <li key={position} className={styles.feature}>
                        <span aria-hidden="true">✓</span>
                        {feature}
                      </li>
                    ))}
                  </ul>
                ) : null}
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
