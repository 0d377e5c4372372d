import Link from "next/link";
import styles from "./Nav.module.css";

interface NavLink {
  href: string;
  label: string;
}

interface Props {
  brand?: string;
  links: NavLink[];
}

// Routes inside the site go through next/link (client-side navigation); anything else is a plain link.
function isInternal(href: string) {
  return href.startsWith("/") && !href.startsWith("//");
}

// The site's header: its name linking home, then the main links; they wrap on a narrow screen.
export default function Nav({ brand, links = [] }: Props) {
  if (!brand && links.length === 0) return null;
  return (
    <header className={styles.header}>
      <nav aria-label="Main" className={styles.nav}>
        {brand ? (
          <Link href="/" className={styles.brand}>
            {brand}
          </Link>
        ) : null}
        {links.length > 0 ? (
          <ul className={styles.links}>
            {links.map((link, index) => (
              <li key={index}>
                {isInternal(link.href) ? (
                  <Link href={link.href} className={styles.link}>
                    {link.label}
                  </Link>
                ) : (
                  <a href={link.href} className={styles.link}>
                    {link.label}
                  </a>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </nav>
    </header>
  );
}
