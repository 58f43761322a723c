/*
 * Notification mails need the site's public address, but `startConversation` is called by other
 * modules with a fixed signature that does not carry it. The messages module is told the address
 * once, when the app registers its routes (every process that serves pages or sends from a page
 * does that); it is configuration, the same for every instance, not state that could differ between
 * them. Outside the app (a script, a test of a service alone) links point at the default address
 * of a development server.
 */
let publicBaseUrl = new URL('http://localhost:3000')

export function setMessageLinkBase(baseUrl: URL): void {
  publicBaseUrl = baseUrl
}

/** The absolute address of a conversation, for mails. */
export function conversationLink(conversationId: number): string {
  return new URL(`/berichten/${conversationId}`, publicBaseUrl).href
}
