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
          <dl className="mt-10 first:mt-0 grid gap-6 @lg:grid-cols-2">
            {items.map((item, index) => {
              const href = contactHref(item.text);
              return (
                <div key={index} className="rounded-2xl border border-neutral-200 p-6 dark:border-neutral-800">
                  <dt className="text-sm font-medium text-neutral-500 dark:text-neutral-400">{item.title}</dt>
                  <dd className="mt-1 text-lg break-words whitespace-pre-line">
                    {href ? (
                      <a href={href} className="underline underline-offset-4 hover:no-underline">
                        {item.text}
                      </a>
                    ) : (
                      item.text
                    )}
                  </dd>
                </div>
              );
            })}
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
