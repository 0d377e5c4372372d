import Link from "next/link";

interface Props {
  heading?: string;
  text?: string;
  button?: { label: string; href: string };
}

const action =
  "inline-flex h-12 items-center justify-center rounded-full bg-[color:var(--foreground,#171717)] px-6 font-medium text-[color:var(--background,#ffffff)] transition-opacity hover:opacity-90";

// Routes inside the site go through next/link (client-side navigation); anything else is a plain link.
function isInternal(href: string) {
  return href.startsWith("/") && !href.startsWith("//");
}

// A call to action: a short heading, a line of text and one button, on a tinted panel.
export default function Cta({ heading, text, button }: Props) {
  if (!heading && !text && !button) return null;
  const id = heading ? "cta-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
  return (
    <section aria-labelledby={id} className="w-full py-16 sm:py-20">
      <div className="mx-auto w-full max-w-5xl px-6">
        <div className="flex flex-col items-center rounded-3xl bg-neutral-100 px-6 py-16 text-center sm:px-16 dark:bg-neutral-900">
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
      </div>
    </section>
  );
}
