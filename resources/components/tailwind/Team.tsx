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

// The first letter of a name, whole even when it is outside the Basic Multilingual Plane.
function initial(name: string) {
  return (Array.from(name.trim())[0] || "").toUpperCase();
}

// Each item is a person: the title is the name, the text the role or a short bio.
export default function Team({ heading, text, items = [], button }: Props) {
  if (!heading && !text && items.length === 0 && !button) return null;
  const id = heading ? "team-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
  return (
    <section aria-labelledby={id} className="w-full py-16 sm:py-20">
      <div className="@container mx-auto w-full max-w-5xl px-6">
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
          <ul className="mt-10 first:mt-0 grid gap-8 @lg:grid-cols-2 @3xl:grid-cols-3">
            {items.map((item, index) => (
              <li key={index} className="flex items-start gap-4">
                <span
                  aria-hidden="true"
                  className="flex size-12 shrink-0 items-center justify-center rounded-full bg-neutral-100 text-lg font-semibold dark:bg-neutral-800"
                >
                  {initial(item.title)}
                </span>
                <div>
                  {item.title ? <h3 className="font-semibold">{item.title}</h3> : null}
                  {item.text ? (
                    <p className="mt-1 text-sm leading-6 text-neutral-600 dark:text-neutral-400">{item.text}</p>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
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
