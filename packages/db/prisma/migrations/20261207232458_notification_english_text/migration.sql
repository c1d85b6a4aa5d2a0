-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "bodyEn" TEXT,
ADD COLUMN     "titleEn" TEXT;
