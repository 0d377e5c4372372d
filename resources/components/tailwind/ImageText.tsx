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

// Text beside a picture. The panel is decorative (hidden from screen readers): swap it for an
// <Image> from next/image when you have one.
export default function ImageText({ heading, text, items = [], button }: Props) {
  if (!heading && !text && items.length === 0 && !button) return null;
  const id = heading ? "image-text-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
  return (
    <section aria-labelledby={id} className="w-full py-16 sm:py-20">
      <div className="@container mx-auto w-full max-w-5xl px-6">
        <div className="grid items-center gap-10 @3xl:grid-cols-2">
          <div>
            {heading ? (
              <h2 id={id} className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
                {heading}
              </h2>
            ) : null}
            {text ? (
              <p className="mt-4 text-lg leading-8 whitespace-pre-line text-neutral-600 dark:text-neutral-400">{text}</p>
            ) : null}
            {items.length > 0 ? (
              <ul className="mt-6 space-y-3 leading-7">
                {items.map((item, index) => (
                  <li key={index} className="flex gap-3">
                    <span aria-hidden="true">✓</span>
                    <span>
                      {item.title ? <strong className="font-semibold">{item.title}</strong> : null}
                      {item.title && item.text ? " " : null}
                      <span className="text-neutral-600 dark:text-neutral-400">{item.text}</span>
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
            {button ? (
              <div className="mt-8">
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
          <div
            aria-hidden="true"
            className="aspect-video w-full rounded-3xl @3xl:aspect-[4/3] bg-gradient-to-br from-neutral-100 to-neutral-300 dark:from-neutral-800 dark:to-neutral-950"
          />
        </div>
      </div>
    </section>
  );
}
