import { fireEvent, render, screen } from '@testing-library/react'
import { taroDouble } from '../../../tests/doubles/taro'
import { CallButton, MapButton } from './call-and-map'

describe('CallButton', () => {
  it('says 拨打电话, tells a screen reader whom and which number, and dials it', () => {
    render(<CallButton phone='0434-4212345' who='永胜街道社区食堂' />)
    const button = screen.getByRole('button', { name: '拨打电话：永胜街道社区食堂 0434-4212345' })
    expect(button).toHaveTextContent('拨打电话')
    fireEvent.click(button)
    expect(taroDouble.phoneCalls).toEqual(['0434-4212345'])
  })

  it('is named by its visible words first, and says the number once', () => {
    render(<CallButton phone='0434-4212345' who='永胜街道社区食堂' text='拨打 0434-4212345' />)
    expect(screen.getByRole('button', { name: '拨打 0434-4212345：永胜街道社区食堂' })).toHaveTextContent('拨打 0434-4212345')
  })

  it('may say whom on the button itself', () => {
    render(<CallButton phone='13904345678' text='拨打居民电话' kind='primary' id='call-resident' />)
    const button = screen.getByRole('button', { name: '拨打居民电话 13904345678' })
    expect(button).toHaveTextContent('拨打居民电话')
    expect(button).toHaveAttribute('id', 'call-resident')
    expect(button).toHaveClass('btn-primary')
  })
})

describe('MapButton', () => {
  const hospital = { name: '县第一人民医院老院区', address: '伊通镇中央路1号', lat: 43.345, lng: 125.305 }
  const env = process.env.TARO_ENV
  afterEach(() => {
    process.env.TARO_ENV = env
    jest.restoreAllMocks()
  })

  it('in WeChat, shows the place on WeChat’s own map', () => {
    process.env.TARO_ENV = 'weapp'
    render(<MapButton {...hospital} />)
    fireEvent.click(screen.getByRole('button', { name: '查看地图：县第一人民医院老院区' }))
    expect(taroDouble.openedLocations).toEqual([{ latitude: 43.345, longitude: 125.305, name: '县第一人民医院老院区', address: '伊通镇中央路1号' }])
  })

  it('in the browser, opens the place on Amap, which a phone hands to its map app', () => {
    process.env.TARO_ENV = 'h5'
    const open = jest.spyOn(window, 'open').mockImplementation(() => null)
    render(<MapButton {...hospital} />)
    fireEvent.click(screen.getByRole('button', { name: '查看地图：县第一人民医院老院区' }))
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/uri\.amap\.com\/marker\?position=125\.305,43\.345&name=/), '_blank', 'noopener')
  })

  it('is not offered for a place whose point is unknown', () => {
    render(<MapButton {...hospital} lat={null} lng={null} />)
    expect(screen.queryByRole('button')).toBeNull()
  })
})
