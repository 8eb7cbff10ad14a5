import type { ActionContext } from '../../core/action';
import { messageRepository } from './message-repository';
import { messageService } from './message-service';

/** The message centre for one call. */
export const messageServiceFor = (ctx: ActionContext) => messageService(messageRepository(ctx.db));
