-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "organisesServiceResources" BOOLEAN;
