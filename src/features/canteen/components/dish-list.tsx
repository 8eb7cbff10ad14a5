import { Text, View } from '@tarojs/components'
import type { Dish } from '@/domain/canteen/contract'
import './canteen.scss'

/** The dishes of a meal: name, category, the tags a senior looks for (软烂, 低盐…) and allergens. */
export function DishList({ dishes }: { dishes: Dish[] }) {
  return (
    <View role='list' aria-label='菜品' className='dish-list'>
      {dishes.map((dish) => (
        <View key={dish.name} role='listitem' className='dish-row'>
          <View className='dish-heading'>
            <Text className='body-text dish-name'>{dish.name}</Text>
            <Text className='body-text dish-category'>{dish.category}</Text>
          </View>
          {(dish.tags.length > 0 || dish.allergens.length > 0) && (
            <View className='dish-tags'>
              {dish.tags.map((tag) => (
                <Text key={tag} className='body-text dish-tag'>
                  {tag}
                </Text>
              ))}
              {dish.allergens.length > 0 && <Text className='body-text dish-allergens'>含{dish.allergens.join('、')}</Text>}
            </View>
          )}
        </View>
      ))}
    </View>
  )
}
