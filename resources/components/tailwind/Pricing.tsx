import Link from "next/link";

interface Tier {
  name: string;
  price: string;
  features: string[];
  highlighted?: boolean;
}

interface Props {
  heading?: string;
  text?: string;
  tiers?: Tier[];
  button?: { label: string; href: string };
}

const action =
  "inline-flex h-12 items-center justify-center rounded-full bg-[color:var(--foreground,#171717)] px-6 font-medium text-[color:var(--background,#ffffff)] transition-opacity hover:opacity-90";

const card = "flex flex-col rounded-2xl p-6";

// Routes inside the site go through next/link (client-side navigation); anything else is a plain link.
function isInternal(href: string) {
  return href.startsWith("/") && !href.startsWith("//");
}

export default function Pricing({ heading, text, tiers = [], button }: Props) {
  if (!heading && !text && tiers.length === 0 && !button) return null;
  const id = heading ? "pricing-" + heading.trim().toLowerCase().replace(/\s+/g, "-") : undefined;
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
        {tiers.length > 0 ? (
          <ul className="mt-10 first:mt-0 grid gap-6 @lg:grid-cols-2 @3xl:grid-cols-3">
            {tiers.map((tier, index) => (
              <li
                key={index}
                className={
                  tier.highlighted
                    ? `${card} border-2 border-[color:var(--foreground,#171717)] shadow-lg`
                    : `${card} border border-neutral-200 dark:border-neutral-800`
                }
              >
                <h3 className="text-lg font-semibold">{tier.name}</h3>
                {tier.price ? <p className="mt-4 text-3xl font-semibold tracking-tight">{tier.price}</p> : null}
                {tier.features.length > 0 ? (
                  <ul className="mt-6 space-y-3 text-sm leading-6 text-neutral-600 dark:text-neutral-400">
                    {tier.features.map((feature, position) => (
                      <li key={position} className="flex gap-3">
                        <span aria-hidden="true">✓</span>
                        {feature}
                      </li>
                    ))}
                  </ul>
                ) : null}
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
