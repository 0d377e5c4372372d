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

// The page keeps its own <h1>; a hero is the first, largest section heading.
export default function Hero({ heading, text, button }: Props) {
  if (!heading && !text && !button) return null;
  const id = heading ? "hero-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
  return (
    <section aria-labelledby={id} className="w-full py-20 sm:py-28">
      <div className="mx-auto flex w-full max-w-4xl flex-col items-center px-6 text-center">
        {heading ? (
          <h2 id={id} className="text-4xl font-semibold tracking-tight text-balance sm:text-6xl">
            {heading}
          </h2>
        ) : null}
        {text ? (
          <p className="mt-6 max-w-2xl text-lg leading-8 whitespace-pre-line text-neutral-600 sm:text-xl dark:text-neutral-400">
            {text}
          </p>
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
