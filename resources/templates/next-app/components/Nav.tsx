import Link from "next/link";
import { site } from "@/lib/site";

export default function Nav() {
  return (
    <header className="site-header">
      <nav aria-label="Main" className="container nav">
        <Link href="/" className="brand">
          {site.name}
        </Link>
        <ul>
          {site.nav.map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
