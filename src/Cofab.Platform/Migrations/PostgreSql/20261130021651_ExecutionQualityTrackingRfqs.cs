using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Cofab.Platform.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ExecutionQualityTrackingRfqs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_WorkOrders_Quotes_QuoteId",
                table: "WorkOrders");

            migrationBuilder.CreateTable(
                name: "ExecutionAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderEnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    DemanderEnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OperationKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    PartId = table.Column<Guid>(type: "uuid", nullable: true),
                    PartName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Step = table.Column<int>(type: "integer", nullable: true),
                    ProcessCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PlannedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LateByMinutes = table.Column<long>(type: "bigint", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProjectedDelays = table.Column<string>(type: "text", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    AcknowledgedByEnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExecutionAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExecutionAlerts_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExecutionAlerts_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderEnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    DemanderEnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectorEnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    PartId = table.Column<Guid>(type: "uuid", nullable: true),
                    Step = table.Column<int>(type: "integer", nullable: true),
                    LotSize = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Aql = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    Severity = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CodeLetter = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    PlanCodeLetter = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    SampleSize = table.Column<int>(type: "integer", nullable: false),
                    Acceptance = table.Column<int>(type: "integer", nullable: false),
                    Rejection = table.Column<int>(type: "integer", nullable: false),
                    HundredPercent = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ReinstateNormal = table.Column<bool>(type: "boolean", nullable: false),
                    InspectedCount = table.Column<int>(type: "integer", nullable: true),
                    NonconformingCount = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inspections_Enterprises_InspectorEnterpriseId",
                        column: x => x.InspectorEnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inspections_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inspections_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperationIndex = table.Column<int>(type: "integer", nullable: false),
                    PartId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    GoodQuantity = table.Column<int>(type: "integer", nullable: false),
                    ScrapQuantity = table.Column<int>(type: "integer", nullable: false),
                    Finished = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReportedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReports_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressReports_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Rfqs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    DemanderEnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Scope = table.Column<string>(type: "text", nullable: false),
                    WholeOrder = table.Column<bool>(type: "boolean", nullable: false),
                    BidDeadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AwardedBidId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rfqs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rfqs_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Settlements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    DemanderEnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    FeePercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    FeeMinimumPerWorkOrder = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    DemanderTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    FeeTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    NetTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ComputedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settlements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Settlements_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TransportLegs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromWorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromEnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToEnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToWorkOrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    Parts = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PlannedDeparture = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PlannedArrival = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActualDeparture = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActualArrival = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Carrier = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TrackingNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ShippedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportLegs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransportLegs_Enterprises_FromEnterpriseId",
                        column: x => x.FromEnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportLegs_Enterprises_ToEnterpriseId",
                        column: x => x.ToEnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportLegs_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportLegs_WorkOrders_FromWorkOrderId",
                        column: x => x.FromWorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Nonconformities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Disposition = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ProviderAtFault = table.Column<bool>(type: "boolean", nullable: false),
                    DispositionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nonconformities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Nonconformities_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Bids",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RfqId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderEnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Price = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    LeadTimeDays = table.Column<int>(type: "integer", nullable: false),
                    ResourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bids_Enterprises_ProviderEnterpriseId",
                        column: x => x.ProviderEnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bids_Resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "Resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bids_Rfqs_RfqId",
                        column: x => x.RfqId,
                        principalTable: "Rfqs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RfqInvitations",
                columns: table => new
                {
                    RfqId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderEnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Proposed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RfqInvitations", x => new { x.RfqId, x.ProviderEnterpriseId });
                    table.ForeignKey(
                        name: "FK_RfqInvitations_Enterprises_ProviderEnterpriseId",
                        column: x => x.ProviderEnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RfqInvitations_Rfqs_RfqId",
                        column: x => x.RfqId,
                        principalTable: "Rfqs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SettlementLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProviderEnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Gross = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Deductions = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Fee = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Net = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    SettlementId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettlementLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SettlementLines_Settlements_SettlementId",
                        column: x => x.SettlementId,
                        principalTable: "Settlements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bids_ProviderEnterpriseId",
                table: "Bids",
                column: "ProviderEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Bids_ResourceId",
                table: "Bids",
                column: "ResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Bids_RfqId_ProviderEnterpriseId_Revision",
                table: "Bids",
                columns: new[] { "RfqId", "ProviderEnterpriseId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionAlerts_DemanderEnterpriseId",
                table: "ExecutionAlerts",
                column: "DemanderEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionAlerts_Once",
                table: "ExecutionAlerts",
                columns: new[] { "WorkOrderId", "OperationKey", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionAlerts_OrderId",
                table: "ExecutionAlerts",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionAlerts_ProviderEnterpriseId",
                table: "ExecutionAlerts",
                column: "ProviderEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_InspectorEnterpriseId",
                table: "Inspections",
                column: "InspectorEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_OrderId",
                table: "Inspections",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_WorkOrderId",
                table: "Inspections",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Nonconformities_InspectionId",
                table: "Nonconformities",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Nonconformities_OrderId",
                table: "Nonconformities",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_OrderId",
                table: "ProgressReports",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_WorkOrderId_At",
                table: "ProgressReports",
                columns: new[] { "WorkOrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RfqInvitations_ProviderEnterpriseId",
                table: "RfqInvitations",
                column: "ProviderEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Rfqs_DemanderEnterpriseId",
                table: "Rfqs",
                column: "DemanderEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Rfqs_OrderId",
                table: "Rfqs",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_SettlementLines_ProviderEnterpriseId",
                table: "SettlementLines",
                column: "ProviderEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_SettlementLines_SettlementId",
                table: "SettlementLines",
                column: "SettlementId");

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_OrderId",
                table: "Settlements",
                column: "OrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TransportLegs_FromEnterpriseId",
                table: "TransportLegs",
                column: "FromEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportLegs_FromWorkOrderId",
                table: "TransportLegs",
                column: "FromWorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportLegs_OrderId",
                table: "TransportLegs",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportLegs_ToEnterpriseId",
                table: "TransportLegs",
                column: "ToEnterpriseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bids");

            migrationBuilder.DropTable(
                name: "ExecutionAlerts");

            migrationBuilder.DropTable(
                name: "Nonconformities");

            migrationBuilder.DropTable(
                name: "ProgressReports");

            migrationBuilder.DropTable(
                name: "RfqInvitations");

            migrationBuilder.DropTable(
                name: "SettlementLines");

            migrationBuilder.DropTable(
                name: "TransportLegs");

            migrationBuilder.DropTable(
                name: "Inspections");

            migrationBuilder.DropTable(
                name: "Rfqs");

            migrationBuilder.DropTable(
                name: "Settlements");

            migrationBuilder.AddForeignKey(
                name: "FK_WorkOrders_Quotes_QuoteId",
                table: "WorkOrders",
                column: "QuoteId",
                principalTable: "Quotes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
