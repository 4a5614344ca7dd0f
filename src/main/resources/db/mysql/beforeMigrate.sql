-- Domain tables inherit the database default: make it utf8mb4 so every Chinese name round-trips.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
