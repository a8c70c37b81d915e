//! Deliveries seen: the provider's own message ids, so a webhook delivered twice acts once.
//!
//! Kept apart from the transcript because it holds nothing personal and must outlive an
//! erasure: a provider retrying an old message after the person was erased must still be a
//! duplicate, not a new conversation.

use super::now_ms;
use anyhow::Result;
use flows::Channel;
use sqlx::AnyConnection;

/// Records a delivery; false when the same channel already delivered this id.
pub async fn record_first(conn: &mut AnyConnection, channel: Channel, provider_id: &str) -> Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO deliveries (channel, provider_id, received_at) VALUES ($1, $2, $3) \
         ON CONFLICT (channel, provider_id) DO NOTHING",
    )
    .bind(channel.name())
    .bind(provider_id)
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(inserted.rows_affected() == 1)
}
