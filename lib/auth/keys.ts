// Keys of the sign-in attempts table (pure: shared by throttling and account deletion).
export const accountKey = (email: string) => `email:${email}`;
export const ipKey = (ip: string) => `ip:${ip}`;
