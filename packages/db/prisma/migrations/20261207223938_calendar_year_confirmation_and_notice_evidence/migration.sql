-- AlterTable
ALTER TABLE "PublicNotice" ADD COLUMN     "evidenceUrl" TEXT;

-- CreateTable
CREATE TABLE "CalendarYearConfirmation" (
    "year" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarYearConfirmation_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE INDEX "CalendarYearConfirmation_confirmedById_idx" ON "CalendarYearConfirmation"("confirmedById");

-- AddForeignKey
ALTER TABLE "CalendarYearConfirmation" ADD CONSTRAINT "CalendarYearConfirmation_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
