-- The pushed customers and journey ids are looked up with IN lists: leading with them lets every engine, H2 included,
-- seek each value instead of scanning the brand's contacts.
DROP INDEX idx_journey_contact_brand_id_customer ON journey_contact;
DROP INDEX idx_journey_contact_brand_id_journey_id ON journey_contact;
CREATE INDEX idx_journey_contact_customer_brand_id ON journey_contact (customer, brand_id);
CREATE INDEX idx_journey_contact_journey_id_brand_id ON journey_contact (journey_id, brand_id);
