import { createRouter, signedInProcedure } from "../trpc/init";
import { addAdmin } from "./add-admin";
import { getConversation } from "./get-conversation";
import { countUnread, listConversations } from "./list-conversations";
import { markRead } from "./mark-read";
import {
  AddAdminInput,
  AddedAdmin,
  Conversation,
  ConversationOf,
  Inbox,
  MarkedRead,
  MessageChangesInput,
  MessageMatches,
  SearchMessagesInput,
  SendMessageInput,
  SentMessage,
  UnreadCount,
} from "./message.contracts";
import { searchConversations } from "./search-messages";
import { sendMessage } from "./send-message";
import { watchMessages } from "./watch-messages";

export const messageRouter = createRouter({
  list: signedInProcedure.output(Inbox).query(({ ctx }) => listConversations(ctx)),
  get: signedInProcedure
    .input(ConversationOf)
    .output(Conversation)
    .query(({ ctx, input }) => getConversation(ctx, input)),
  unreadCount: signedInProcedure.output(UnreadCount).query(({ ctx }) => countUnread(ctx)),
  send: signedInProcedure
    .input(SendMessageInput)
    .output(SentMessage)
    .mutation(({ ctx, input }) => sendMessage(ctx, input)),
  markRead: signedInProcedure
    .input(ConversationOf)
    .output(MarkedRead)
    .mutation(({ ctx, input }) => markRead(ctx, input)),
  /** The care team's search of the messages they see. */
  search: signedInProcedure
    .input(SearchMessagesInput)
    .output(MessageMatches)
    .query(({ ctx, input }) => searchConversations(ctx, input)),
  addAdmin: signedInProcedure
    .input(AddAdminInput)
    .output(AddedAdmin)
    .mutation(({ ctx, input }) => addAdmin(ctx, input)),
  /** Server-sent events: each committed message's id, so an open page refetches. */
  changes: signedInProcedure
    .input(MessageChangesInput)
    .subscription(({ ctx, input, signal }) => watchMessages(ctx, input, signal)),
});
