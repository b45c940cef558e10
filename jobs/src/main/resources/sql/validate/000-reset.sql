-- Validation starts from what intake stored, so a repeated validation gives the same result.
DELETE FROM problem WHERE period = :period AND origin = 'validate'
