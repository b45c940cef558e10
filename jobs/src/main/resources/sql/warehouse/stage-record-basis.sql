INSERT INTO intake_basis VALUES (:period, :basis)
