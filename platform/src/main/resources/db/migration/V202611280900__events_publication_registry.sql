-- Spring Modulith's JDBC event publication registry (schema v2 as shipped with spring-modulith-events-jdbc 2.0):
-- an event a module publishes is stored in the publisher's transaction and marked complete only when each
-- listener has handled it, so a listener that fails or a process that dies loses nothing.
create schema if not exists events;

create table events.event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on events.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on events.event_publication (completion_date);
