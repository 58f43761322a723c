import type { ComponentChildren } from 'preact'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'

/** A page of running text (about, accessibility, privacy) in the reading column. */
export function ContentPage({ ctx, title, children }: { ctx: ViewContext; title: string; children: ComponentChildren }) {
  return (
    <Shell ctx={ctx} title={title}>
      <article class="utrecht-article noaber-prose">
        <h1 class="utrecht-heading-1">{title}</h1>
        {children}
      </article>
    </Shell>
  )
}

export const H2 = ({ children }: { children: ComponentChildren }) => <h2 class="utrecht-heading-2">{children}</h2>
export const P = ({ children }: { children: ComponentChildren }) => <p class="utrecht-paragraph">{children}</p>
export const Ul = ({ children }: { children: ComponentChildren }) => <ul class="utrecht-unordered-list">{children}</ul>
export const Li = ({ children }: { children: ComponentChildren }) => <li class="utrecht-unordered-list__item">{children}</li>
