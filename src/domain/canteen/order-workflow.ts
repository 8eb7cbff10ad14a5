import { defineWorkflow } from '../workflow';

/** A meal order (报餐): ordered until the cutoff, when it may still be cancelled. */
export const orderWorkflow = defineWorkflow({
  name: 'canteen_order',
  statuses: {
    ordered: { label: '已报餐', open: true, tone: 'progress' },
    cancelled: { label: '已取消', open: false, tone: 'neutral' },
  },
  transitions: {
    ordered: ['cancelled'],
    cancelled: [],
  },
});

export type OrderStatus = (typeof orderWorkflow.statuses)[number];
