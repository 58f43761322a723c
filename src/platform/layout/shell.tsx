import type { ComponentChildren } from 'preact'
import { locales } from '../i18n/locale.ts'
import type { ViewContext } from './view-context.ts'

interface NavigationItem {
  href: string
  label: string
  /** A number shown beside the label, such as unread messages; `accessibleName` then says what it counts. */
  badge?: number
  accessibleName?: string
}

function mainNavigation(ctx: ViewContext): NavigationItem[] {
  const items: NavigationItem[] = [
    { href: '/', label: ctx.t('nav.home') },
    { href: '/initiatieven/nieuw', label: ctx.t('nav.startInitiative') },
    { href: '/initiatieven', label: ctx.t('nav.initiatives') },
    { href: '/kaart', label: ctx.t('nav.map') },
    { href: '/wijken', label: ctx.t('nav.areas') },
    { href: '/netwerk', label: ctx.t('nav.network') },
    { href: '/zoeken', label: ctx.t('nav.search') },
    { href: '/over', label: ctx.t('nav.about') },
  ]
  if (ctx.person) {
    items.push({ href: '/mijn', label: ctx.t('nav.mine') })
    const unread = ctx.unreadConversations ?? 0
    items.push({ href: '/berichten', label: ctx.t('messages.nav'), badge: unread || undefined, accessibleName: unread ? ctx.t('messages.nav.unread', { count: unread }) : undefined })
  }
  if (ctx.person?.roles.some((role) => role === 'broker' || role === 'coordinator' || role === 'admin')) items.push({ href: '/werk', label: ctx.t('nav.work') })
  if (ctx.person?.roles.includes('admin')) items.push({ href: '/beheer', label: ctx.t('nav.admin') })
  return items
}

function PersonMenu({ ctx }: { ctx: ViewContext }) {
  if (!ctx.person) {
    return (
      <a class="utrecht-link noaber-header__action" href="/inloggen">
        {ctx.t('nav.signIn')}
      </a>
    )
  }
  return (
    <form class="noaber-header__signout" method="post" action="/uitloggen">
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      <span class="noaber-header__person">{ctx.person.displayName || ctx.person.email}</span>
      <button class="utrecht-button utrecht-button--subtle noaber-header__action" type="submit">
        {ctx.t('nav.signOut')}
      </button>
    </form>
  )
}

function isCurrent(item: NavigationItem, currentPath: string): boolean {
  const path = currentPath.split('?')[0] ?? '/'
  return item.href === '/' ? path === '/' : path === item.href || path.startsWith(`${item.href}/`)
}

function LanguageSwitch({ ctx }: { ctx: ViewContext }) {
  const other = locales.find((locale) => locale !== ctx.locale) ?? 'nl'
  const href = `/taal/${other}?terug=${encodeURIComponent(ctx.currentPath)}`
  return (
    <nav class="noaber-language-switch" aria-label={ctx.t('shell.languageSwitch')}>
      <a class="utrecht-link noaber-language-switch__link" href={href} hreflang={other} lang={other} aria-label={ctx.t('shell.languageSwitch.toOtherLabel')}>
        {ctx.t('shell.languageSwitch.toOther')}
      </a>
    </nav>
  )
}

export interface ShellProps {
  ctx: ViewContext
  title: string
  children: ComponentChildren
  /** Progressive enhancements for this page; the page works without them. */
  scripts?: string[]
  /** Extra stylesheets, loaded before Noaber's own so ours win. */
  styles?: string[]
}

/** The NL Design System page shell every page of a municipality is rendered in. */
export function Shell({ ctx, title, children, scripts = [], styles = [] }: ShellProps) {
  const { t, tenant } = ctx
  return (
    <html lang={ctx.locale} class="utrecht-root">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${tenant.name}`}</title>
        <link rel="stylesheet" href="/assets/vendor/voorbeeld-theme.css" />
        <link rel="stylesheet" href="/assets/vendor/utrecht-components.css" />
        {styles.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        <link rel="stylesheet" href="/assets/noaber.css" />
        <link rel="stylesheet" href="/theme.css" />
        <link rel="icon" href="/logo.svg" type="image/svg+xml" />
        {scripts.map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body class="utrecht-body voorbeeld-theme noaber-theme">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t('shell.skipLink')}
        </a>
        <header class="utrecht-page-header noaber-header">
          <div class="noaber-header__bar noaber-container">
            <a class="noaber-header__home" href="/" aria-label={t('shell.homeLink', { tenant: tenant.name })}>
              <img class="noaber-header__logo" src="/logo.svg" alt="" width="48" height="48" />
              <span class="noaber-header__name">{tenant.name}</span>
            </a>
            <div class="noaber-header__tools">
              <PersonMenu ctx={ctx} />
              <LanguageSwitch ctx={ctx} />
            </div>
          </div>
          <nav class="utrecht-nav-bar noaber-nav" aria-label={t('shell.mainNavigation')}>
            <ul class="utrecht-nav-list noaber-container noaber-nav__list">
              {mainNavigation(ctx).map((item) => {
                const current = isCurrent(item, ctx.currentPath)
                return (
                  <li class="utrecht-nav-list__item">
                    <a class="utrecht-nav-list__link noaber-nav__link" href={item.href} aria-current={current ? 'page' : undefined} aria-label={item.accessibleName}>
                      {item.label}
                      {item.badge ? <> <span class="noaber-tag">{item.badge}</span></> : null}
                    </a>
                  </li>
                )
              })}
            </ul>
          </nav>
        </header>
        <main id="inhoud" class="utrecht-page-content noaber-container noaber-main" tabIndex={-1}>
          {children}
        </main>
        <footer class="utrecht-page-footer noaber-footer">
          <div class="noaber-container noaber-footer__content">
            <h2 class="utrecht-heading-2 noaber-footer__heading">{t('shell.footer.heading')}</h2>
            <ul class="utrecht-link-list utrecht-link-list--html-ul noaber-footer__links">
              <li class="utrecht-link-list__item">
                <a class="utrecht-link utrecht-link-list__link" href="/over">{t('shell.footer.about')}</a>
              </li>
              <li class="utrecht-link-list__item">
                <a class="utrecht-link utrecht-link-list__link" href="/toegankelijkheid">{t('shell.footer.accessibility')}</a>
              </li>
              <li class="utrecht-link-list__item">
                <a class="utrecht-link utrecht-link-list__link" href="/privacy">{t('shell.footer.privacy')}</a>
              </li>
            </ul>
            <p class="utrecht-paragraph noaber-footer__note">{t('shell.footer.madeWith', { tenant: tenant.name })}</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
