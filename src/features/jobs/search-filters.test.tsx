import { distanceText, placesLeftText, splitSkills } from './jobs-wording'
import { EMPTY_FILTERS, filtersSummary, minPayError, searchInput } from './search-filters'

describe('the search screen’s words and input', () => {
  it.each([
    [0.04, '不到100米'],
    [0.7, '700米'],
    [0.96, '1公里'],
    [1, '1公里'],
    [12.34, '12.3公里'],
  ])('says %s km as %s', (km, text) => {
    expect(distanceText(km)).toBe(text)
  })

  it('says places left, or 已招满', () => {
    expect(placesLeftText({ headcount: 6, headcountLeft: 2 })).toBe('还招2人（共6人）')
    expect(placesLeftText({ headcount: 6, headcountLeft: 0 })).toBe('已招满')
  })

  it('splits skills as people type them, each once', () => {
    expect(splitSkills(' 保洁、搬运 C1驾驶证，保洁;; ')).toEqual(['保洁', '搬运', 'C1驾驶证'])
  })

  it.each([
    ['', null],
    ['150', null],
    ['12.5', null],
    ['12.345', '请填写金额（元），如 150 或 12.5'],
    ['一百', '请填写金额（元），如 150 或 12.5'],
  ])('checks the minimum pay %p', (text, error) => {
    expect(minPayError(text)).toBe(error)
  })

  it('sends a unit only with a minimum, a radius only with a point, and never 离我最近 without one', () => {
    expect(searchInput({ ...EMPTY_FILTERS, payUnit: 'hour', radiusKm: 5, sort: 'nearest' })).toEqual({ sort: 'newest' })
    expect(searchInput({ ...EMPTY_FILTERS, minPayYuan: '25', payUnit: 'hour' })).toEqual({ sort: 'newest', minPay: 2500, payUnit: 'hour' })
    const point = { lat: 43.3, lng: 125.3, name: '营城子镇' }
    expect(searchInput({ ...EMPTY_FILTERS, point, radiusKm: 10, sort: 'nearest' })).toEqual({ sort: 'nearest', lat: 43.3, lng: 125.3, radiusKm: 10 })
    expect(filtersSummary({ ...EMPTY_FILTERS, point, radiusKm: 10, sameDayPay: true })).toEqual(['日结', '营城子镇10公里内'])
    expect(filtersSummary({ ...EMPTY_FILTERS, point })).toEqual(['从营城子镇算距离'])
  })
})
