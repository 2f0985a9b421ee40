export * from "./athletes";
export * from "./audit";
export * from "./clinics";
export * from "./invites";
export * from "./users";
