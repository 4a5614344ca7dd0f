-- Later tables inherit the database default: make it utf8mb4 so every Chinese name round-trips.
-- (Open sessions keep the old default, which is why each migration also states ${tableOptions}.)
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
