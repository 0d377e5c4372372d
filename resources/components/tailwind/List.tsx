import Link from "next/link";

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

const action =
  "inline-flex h-12 items-center justify-center rounded-full bg-[color:var(--foreground,#171717)] px-6 font-medium text-[color:var(--background,#ffffff)] transition-opacity hover:opacity-90";

// Routes inside the site go through next/link (client-side navigation); anything else is a plain link.
function isInternal(href: string) {
  return href.startsWith("/") && !href.startsWith("//");
}

// Pairs in two columns: opening hours and their times, dishes and their prices, terms and their meaning.
export default function List({ heading, text, items = [], button }: Props) {
  if (!heading && !text && items.length === 0 && !button) return null;
  const id = heading ? "list-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
  return (
    <section aria-labelledby={id} className="w-full py-16 sm:py-20">
      <div className="mx-auto w-full max-w-3xl px-6">
        {heading ? (
          <h2 id={id} className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
            {heading}
          </h2>
        ) : null}
        {text ? (
          <p className="mt-4 max-w-2xl text-lg leading-8 whitespace-pre-line text-neutral-600 dark:text-neutral-400">
            {text}
          </p>
        ) : null}
        {items.length > 0 ? (
          <dl className="mt-10 first:mt-0 divide-y divide-neutral-200 border-y border-neutral-200 dark:divide-neutral-800 dark:border-neutral-800">
            {items.map((item, index) => (
              <div key={index} className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 py-4">
                <dt className="font-medium">{item.title}</dt>
                <dd className="text-neutral-600 dark:text-neutral-400">{item.text}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {button ? (
          <div className="mt-10">
            {isInternal(button.href) ? (
              <Link href={button.href} className={action}>
                {button.label}
              </Link>
            ) : (
              <a href={button.href} className={action}>
                {button.label}
              </a>
            )}
          </div>
        ) : null}
      </div>
    </section>
  );
}
