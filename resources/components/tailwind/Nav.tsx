import Link from "next/link";

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
    <header className="w-full border-b border-neutral-200 dark:border-neutral-800">
      <nav
        aria-label="Main"
        className="mx-auto flex w-full max-w-5xl flex-wrap items-center gap-x-8 gap-y-2 px-6 py-4"
      >
        {brand ? (
          <Link href="/" className="mr-auto text-lg font-semibold tracking-tight">
            {brand}
          </Link>
        ) : null}
        {links.length > 0 ? (
          <ul className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm font-medium">
            {links.map((link, index) => (
              <li key={index}>
                {isInternal(link.href) ? (
                  <Link href={link.href} className="opacity-80 hover:underline hover:opacity-100">
                    {link.label}
                  </Link>
                ) : (
                  <a href={link.href} className="opacity-80 hover:underline hover:opacity-100">
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
