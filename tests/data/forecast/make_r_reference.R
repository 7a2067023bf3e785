# Writes the reference the ETS tests check MixShift against: R's forecast::ets fits and forecasts of a few
# published series. Run once, by hand, where Debian's r-cran-forecast is installed; neither the build nor the
# tests need R:
#   Rscript tests/data/forecast/make_r_reference.R tests/data/forecast
# series.csv: series,period,t,value (the histories). r-ets.csv: series,model,quantity,index,value — R's
# parameters, initial states (its free ones), log-likelihood, AICc, sigma2, training-set accuracy, and the
# forecast's mean and 80%/95% bounds per period ahead, analytic and simulated (100,000 paths, seed 2026).
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) > 0) args[1] else "."

# AWS's quarterly revenue, USD, 2022 Q2 to 2024 Q4, as the sample project stores it (Amazon's results).
aws <- ts(c(19.7e9, 20.5e9, 21.4e9, 21.354e9, 22.1e9, 23.1e9, 24.2e9, 25.037e9, 26.3e9, 27.5e9, 28.8e9),
          start = c(2022, 2), frequency = 4)
# R's datasets: airline passengers 1949-1960 (Box & Jenkins), UK gas consumption 1960-1986 (Harvey & Durbin),
# Australian residents 1971-1993 (ABS), annual Nile flow 1871-1970 (Durbin & Koopman).
series <- list(aws = aws, airpassengers = AirPassengers, ukgas = UKgas, austres = austres, nile = Nile)
models <- list(aws = c("auto", "AAN", "MAdN"),
               airpassengers = c("auto", "MAM", "ANA"),
               ukgas = c("auto", "AAA", "MNM", "MNA"),
               austres = c("auto", "AAdN", "MAN"),
               nile = c("auto", "ANN", "MNN", "AAdN"))
horizon <- c(aws = 8, airpassengers = 24, ukgas = 8, austres = 8, nile = 10)

num <- function(x) sprintf("%.17g", x)
hist <- do.call(rbind, lapply(names(series), function(name) {
  y <- series[[name]]
  data.frame(series = name, period = frequency(y), t = seq_along(y), value = num(as.numeric(y)))
}))
write.csv(hist, file.path(out, "series.csv"), row.names = FALSE, quote = FALSE)

rows <- list()
add <- function(name, model, quantity, values) {
  rows[[length(rows) + 1]] <<- data.frame(series = name, model = model, quantity = quantity,
                                          index = seq_along(values), value = num(as.numeric(values)))
}
for (name in names(series)) {
  y <- series[[name]]
  for (spec in models[[name]]) {
    fit <- if (spec == "auto") ets(y) else ets(y, model = sub("d", "", spec), damped = grepl("d", spec))
    chosen <- paste0(fit$components[1], fit$components[2], ifelse(fit$components[4] == "TRUE", "d", ""),
                     fit$components[3])
    label <- if (spec == "auto") paste0("auto:", chosen) else spec
    for (p in c("alpha", "beta", "gamma", "phi"))
      if (!is.na(fit$par[p])) add(name, label, p, fit$par[p])
    states <- fit$par[!(names(fit$par) %in% c("alpha", "beta", "gamma", "phi"))]
    add(name, label, "initial", states)
    add(name, label, "loglik", fit$loglik)
    add(name, label, "aicc", fit$aicc)
    add(name, label, "sigma2", fit$sigma2)
    a <- accuracy(fit)
    for (q in c("MAE", "RMSE", "MAPE", "MASE")) add(name, label, tolower(q), a[1, q])
    f <- forecast(fit, h = horizon[[name]], level = c(80, 95))
    add(name, label, "mean", f$mean)
    add(name, label, "lo80", f$lower[, 1])
    add(name, label, "hi80", f$upper[, 1])
    add(name, label, "lo95", f$lower[, 2])
    add(name, label, "hi95", f$upper[, 2])
    # R's own simulation of the same fit: the check where its analytic variance is not the model's (a season
    # without a trend puts gamma on the wrong state in 8.20's class1(); its class3() does not damp the trend).
    set.seed(2026)
    s <- forecast(fit, h = horizon[[name]], level = c(80, 95), simulate = TRUE, npaths = 100000)
    add(name, label, "sim_lo80", s$lower[, 1])
    add(name, label, "sim_hi80", s$upper[, 1])
    add(name, label, "sim_lo95", s$lower[, 2])
    add(name, label, "sim_hi95", s$upper[, 2])
  }
}
write.csv(do.call(rbind, rows), file.path(out, "r-ets.csv"), row.names = FALSE, quote = FALSE)
