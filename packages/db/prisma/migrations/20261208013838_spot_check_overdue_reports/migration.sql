-- AlterTable
ALTER TABLE "SpotCheck" ADD COLUMN     "overdueReport" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "SpotCheckCampaign" ADD COLUMN     "includesOverdueReports" BOOLEAN NOT NULL DEFAULT false;
