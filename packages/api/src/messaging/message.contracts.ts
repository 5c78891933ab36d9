import { z } from "zod";

import { withoutNul } from "@carryover/domain/bounds";
import { MessageBody, VideoMoment } from "@carryover/domain/messaging";

export const ConversationOf = z.object({ childId: z.uuid("That child link is not valid") });
export type ConversationOf = z.infer<typeof ConversationOf>;

export const SendMessageInput = z.object({
  childId: z.uuid("That child link is not valid"),
  body: MessageBody,
  /** The activity of the child's program it is about. */
  activityId: z.uuid("That activity link is not valid").optional(),
  /** The session it is about. */
  appointmentId: z.uuid("That session link is not valid").optional(),
  /** A document of the child's sent with it (uploaded first by `POST /api/documents`). */
  documentId: z.uuid("That document link is not valid").optional(),
  /** The practice video it answers, and the moment in it (seconds from its start). */
  practiceVideoId: z.uuid("That video link is not valid").optional(),
  videoMomentSeconds: VideoMoment.optional(),
});
export type SendMessageInput = z.infer<typeof SendMessageInput>;

export const SearchMessagesInput = z.object({
  words: z
    .string()
    .trim()
    .min(2, "Type at least two letters to search")
    .max(200, "Search for fewer words")
    .check(withoutNul()),
});
export type SearchMessagesInput = z.infer<typeof SearchMessagesInput>;

export const MessageMatches = z.object({
  matches: z.array(
    z.object({
      messageId: z.uuid(),
      childId: z.uuid(),
      childName: z.string(),
      side: z.enum(["family", "staff", "clinic"]),
      authorName: z.string().nullable(),
      excerpt: z.string(),
      createdAt: z.date(),
    }),
  ),
  /** More matched than shown: search for more words. */
  more: z.boolean(),
});

export const AddAdminInput = z.object({
  childId: z.uuid("That child link is not valid"),
  adminId: z.uuid("Choose an admin"),
});
export type AddAdminInput = z.infer<typeof AddAdminInput>;
export const AddedAdmin = z.object({ childId: z.uuid(), adminId: z.uuid() });

/** Live updates for one child's conversation, or (no child) for every conversation the person sees. */
export const MessageChangesInput = z.object({ childId: z.uuid().optional() }).optional();
export type MessageChangesInput = z.infer<typeof MessageChangesInput>;

const Side = z.enum(["family", "staff", "clinic"]);

export const Message = z.object({
  id: z.uuid(),
  side: Side,
  /** Who wrote it ("Maple Grove" for the clinic's automatic reply); null when they have left. */
  authorName: z.string().nullable(),
  mine: z.boolean(),
  body: z.string(),
  activityId: z.uuid().nullable(),
  /** The activity's title, as it is now. */
  activityTitle: z.string().nullable(),
  appointmentId: z.uuid().nullable(),
  /** When the session it is about starts. */
  sessionStartsAt: z.date().nullable(),
  /** The file sent with it: open it at `/api/documents/<id>`. */
  document: z.object({ id: z.uuid(), fileName: z.string(), mime: z.string() }).nullable(),
  practiceVideoId: z.uuid().nullable(),
  videoMomentSeconds: z.number().int().nullable(),
  createdAt: z.date(),
});
export type Message = z.infer<typeof Message>;

export const Conversation = z.object({
  childId: z.uuid(),
  childName: z.string(),
  /** Null until its first message. */
  conversationId: z.uuid().nullable(),
  side: z.enum(["family", "staff"]),
  messages: z.array(Message),
  /** Whether the person may write now (a family may not start when the clinic starts conversations). */
  canWrite: z.boolean(),
  /** Why not, in words, when they may not. */
  cannotWriteBecause: z.string().nullable(),
  emergencyLine: z.string(),
  /** Staff: the clinic's admins, and whether each is in the conversation; none for the family. */
  admins: z.array(z.object({ userId: z.uuid(), name: z.string(), added: z.boolean() })),
  /** The clinic's time zone, for the messages' times. */
  timeZone: z.string(),
});
export type Conversation = z.infer<typeof Conversation>;

export const Inbox = z.object({
  /** The clinic's time zone, for the messages' times. */
  timeZone: z.string(),
  conversations: z.array(
    z.object({
      childId: z.uuid(),
      childName: z.string(),
      conversationId: z.uuid().nullable(),
      lastMessageAt: z.date().nullable(),
      lastSide: Side.nullable(),
      lastBody: z.string().nullable(),
      unread: z.int().min(0),
    }),
  ),
});
export type Inbox = z.infer<typeof Inbox>;

export const UnreadCount = z.object({ unread: z.int().min(0) });

export const MessageChange = z.object({ childId: z.uuid(), messageId: z.uuid() });

export const SentMessage = z.object({
  id: z.uuid(),
  conversationId: z.uuid(),
  createdAt: z.date(),
});
export const MarkedRead = z.object({ ok: z.literal(true) });
