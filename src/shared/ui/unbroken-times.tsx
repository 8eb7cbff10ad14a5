import { Text } from '@tarojs/components'

const TIME_RANGE = /(\d{1,2}:\d{2}\s*[-‑–~至]\s*\d{1,2}:\d{2})/

/**
 * Server text (a message, a notice) with every time range kept on one line: "08:00-09:00"
 * split after the dash reads as two times to a senior.
 */
export function UnbrokenTimes({ text }: { text: string }) {
  const parts = text.split(TIME_RANGE)
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <Text key={index} className='nowrap'>
            {part}
          </Text>
        ) : (
          part
        ),
      )}
    </>
  )
}
