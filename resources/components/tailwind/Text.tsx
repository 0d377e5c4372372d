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

// Prose: a blank line in the text starts a new paragraph, a single line break stays a line break.
export default function Text({ heading, text = "", button }: Props) {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== "");
  if (!heading && paragraphs.length === 0 && !button) return null;
  const id = heading ? "text-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
  return (
    <section aria-labelledby={id} className="w-full py-16 sm:py-20">
      <div className="mx-auto w-full max-w-3xl px-6">
        {heading ? (
          <h2 id={id} className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
            {heading}
          </h2>
        ) : null}
        {paragraphs.length > 0 ? (
          <div className="mt-6 space-y-5 text-lg leading-8 text-neutral-700 dark:text-neutral-300">
            {paragraphs.map((paragraph, index) => (
              <p key={index} className="whitespace-pre-line">
                {paragraph.trim()}
              </p>
            ))}
          </div>
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
    </section>
  );
}
