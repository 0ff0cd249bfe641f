-- A review item accepted into the record as a period count names that count, as an item accepted
-- as an incident names the incident (a plain id, like "incidentId": the item keeps its decision
-- even if the record is later withdrawn).
ALTER TABLE "IngestedItem" ADD COLUMN "periodCountId" TEXT;
