import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import {
  AppointmentId,
  BookingList,
  BookingResult,
  CancelBookingInput,
  CancelledBooking,
  CreateBookingInput,
  ListBookingsInput,
  Ok,
  RescheduleBookingInput,
} from "./booking.contracts";
import { cancelBooking } from "./cancel-booking";
import { createBooking } from "./create-booking";
import { listBookings } from "./list-bookings";
import { markNoShow } from "./mark-no-show";
import { rescheduleBooking } from "./reschedule-booking";

export const bookingRouter = createRouter({
  list: signedInProcedure
    .input(ListBookingsInput)
    .output(BookingList)
    .query(({ ctx, input }) => listBookings(ctx, input)),
  create: signedInProcedure
    .input(CreateBookingInput)
    .output(BookingResult)
    .mutation(({ ctx, input }) => createBooking(ctx, input)),
  reschedule: signedInProcedure
    .input(RescheduleBookingInput)
    .output(BookingResult)
    .mutation(({ ctx, input }) => rescheduleBooking(ctx, input)),
  cancel: signedInProcedure
    .input(CancelBookingInput)
    .output(CancelledBooking)
    .mutation(({ ctx, input }) => cancelBooking(ctx, input)),
  markNoShow: staffProcedure
    .input(AppointmentId)
    .output(Ok)
    .mutation(async ({ ctx, input }) => (await markNoShow(ctx, input), { ok: true as const })),
});
