import { createBooking } from "../services/booking/create-booking";
import { createRouter, signedInProcedure } from "../trpc/init";
import { BookingResult, CreateBookingInput } from "./booking.contracts";

export const bookingRouter = createRouter({
  create: signedInProcedure
    .input(CreateBookingInput)
    .output(BookingResult)
    .mutation(({ ctx, input }) => createBooking(ctx, input)),
});
