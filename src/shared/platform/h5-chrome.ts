/**
 * Taro's H5 title bar draws its back and home targets as bare <div>s: name them for screen
 * readers and keyboards, as the mini-app's native bar is. Safe to call on every page show.
 */
export function labelTitleBarButtons(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  const label = (selector: string, name: string) => {
    const el = document.querySelector(`#taro-navigation-bar > ${selector}`)
    if (!el || el.getAttribute('aria-label') === name) return
    el.setAttribute('role', 'button')
    el.setAttribute('aria-label', name)
    el.setAttribute('tabindex', '0')
  }
  label('.taro-navigation-bar-back', '返回')
  label('.taro-navigation-bar-home', '回到首页')
}
