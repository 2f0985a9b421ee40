-- Every clinic has its settings row from sign-up on (reading settings never writes); clinics made before that get theirs here, with the defaults.
INSERT INTO clinic_settings (clinic_id)
SELECT c.id FROM clinics c
WHERE NOT EXISTS (SELECT 1 FROM clinic_settings s WHERE s.clinic_id = c.id);
