-- AlterTable
ALTER TABLE "TimelineEntry" ADD COLUMN     "noteEn" TEXT;
